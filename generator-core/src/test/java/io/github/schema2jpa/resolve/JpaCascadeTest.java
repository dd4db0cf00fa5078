package io.github.schema2jpa.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.schema.CascadeOption;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class JpaCascadeTest {

    @Test
    void sqlAlchemysDefaultIsPersistAndMerge() {
        assertThat(JpaCascade.of(RelationshipResolver.DEFAULT_CASCADE, false, false)).containsExactly(JpaCascade.PERSIST,
                JpaCascade.MERGE);
    }

    @Test
    void allAndDeleteOrphanIsAllWithOrphanRemovalLeftToTheCaller() {
        assertThat(JpaCascade.of(EnumSet.of(CascadeOption.ALL, CascadeOption.DELETE_ORPHAN), false, false))
                .containsExactly(JpaCascade.ALL);
    }

    @Test
    void everyWordMapsToItsType() {
        assertThat(JpaCascade.of(EnumSet.of(CascadeOption.DELETE, CascadeOption.REFRESH_EXPIRE, CascadeOption.EXPUNGE), false, false))
                .containsExactly(JpaCascade.REMOVE, JpaCascade.REFRESH, JpaCascade.DETACH);
        assertThat(JpaCascade.of(EnumSet.of(CascadeOption.SAVE_UPDATE, CascadeOption.MERGE, CascadeOption.DELETE,
                CascadeOption.REFRESH_EXPIRE, CascadeOption.EXPUNGE), false, false))
                .containsExactly(JpaCascade.ALL);
        assertThat(JpaCascade.of(EnumSet.noneOf(CascadeOption.class), false, false)).isEmpty();
    }

    @Test
    void passiveDeletesLeaveTheRemovingToTheDatabase() {
        assertThat(JpaCascade.of(EnumSet.of(CascadeOption.ALL), true, false))
                .containsExactly(JpaCascade.PERSIST, JpaCascade.MERGE, JpaCascade.REFRESH,
                        JpaCascade.DETACH);
    }

    @Test
    void theSideHoldingAToOneForeignKeyNeverCascadesPersist() {
        assertThat(JpaCascade.of(RelationshipResolver.DEFAULT_CASCADE, false, true))
                .containsExactly(JpaCascade.MERGE);
        assertThat(JpaCascade.of(EnumSet.of(CascadeOption.ALL), false, true))
                .containsExactly(JpaCascade.MERGE, JpaCascade.REMOVE, JpaCascade.REFRESH, JpaCascade.DETACH);
    }
}
