package io.github.schema2jpa.golden;

import jakarta.persistence.EntityManagerFactory;
import org.example.forum.Post;
import org.example.forum.Subscription;
import org.example.forum.Thread;

/** Threads of {@code schemas/examples/cascades.yaml} with posts and subscriptions, saved for a test. */
final class ForumThreads {

    private ForumThreads() {
    }

    /** A thread titled {@code title} with the given numbers of posts and subscriptions, persisted in one transaction. */
    static Thread saved(EntityManagerFactory factory, String title, int posts, int subscriptions) {
        Thread thread = new Thread();
        thread.setTitle(title);
        for (int i = 0; i < posts; i++) {
            Post post = new Post();
            post.setBody(title + " post " + i);
            thread.addPost(post);
        }
        for (int i = 0; i < subscriptions; i++) {
            Subscription subscription = new Subscription();
            subscription.setEmail("reader" + i + "@example.org");
            thread.addSubscription(subscription);
        }
        factory.runInTransaction(em -> em.persist(thread));
        return thread;
    }
}
