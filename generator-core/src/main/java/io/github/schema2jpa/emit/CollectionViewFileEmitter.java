package io.github.schema2jpa.emit;

import io.github.schema2jpa.output.GeneratedFile;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.GenerationModel;
import io.github.schema2jpa.resolve.RelationshipProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The collection views that the collection sides of pairs return, once per package that needs them: the list view
 * for one-to-many sides, the set view for many-to-many sides.
 */
final class CollectionViewFileEmitter implements SourceFileEmitter {

    @Override
    public List<GeneratedFile> emit(GenerationModel model) {
        Map<String, String> listViewPackages = new TreeMap<>();
        Map<String, String> setViewPackages = new TreeMap<>();
        for (EntityModel entity : model.entities()) {
            for (RelationshipProperty relationship : entity.relationships()) {
                if (relationship.isCollection() && relationship.partner().isPresent()) {
                    (relationship.isManyToMany() ? setViewPackages : listViewPackages)
                            .putIfAbsent(entity.className().packageName(), entity.schemaFile());
                }
            }
        }
        List<GeneratedFile> files = new ArrayList<>();
        listViewPackages.forEach((packageName, schemaFile) -> files.add(JavaSources.generated(
                CollectionViewEmitter.listView(packageName), schemaFile, CollectionViewEmitter.listViewSpec())));
        setViewPackages.forEach((packageName, schemaFile) -> files.add(JavaSources.generated(
                CollectionViewEmitter.setView(packageName), schemaFile, CollectionViewEmitter.setViewSpec())));
        return files;
    }
}
