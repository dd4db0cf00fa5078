package io.github.schema2jpa.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.GeneratorOptions;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Each parameter of the plugin either selects the schema files and the run, as only a build does, or is a
 * component of the generation request or of its options, which the command line offers too (its own test sees to
 * that): so {@code schema2jpa check} can verify any tree the plugin generated.
 */
class ParametersTest {

    /** Parameters of a build only: which files are schemas, and whether to run. */
    private static final List<String> BUILD_ONLY = List.of("schemaDirectory", "includes", "excludes", "skip");

    /** The parameters a user sets of {@code goal}, as the plugin descriptor built from the Mojo lists them. */
    private static List<String> editableParameters(String goal) throws Exception {
        Document descriptor;
        try (InputStream in = ParametersTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        XPath xpath = XPathFactory.newInstance().newXPath();
        NodeList names = (NodeList) xpath.evaluate("/plugin/mojos/mojo[goal='" + goal + "']/parameters/parameter"
                + "[editable='true']/name", descriptor, XPathConstants.NODESET);
        List<String> parameters = new ArrayList<>();
        for (int i = 0; i < names.getLength(); i++) {
            parameters.add(names.item(i).getTextContent());
        }
        return parameters;
    }

    @Test
    void everyParameterIsAComponentOfTheRequestOrOfItsOptions() throws Exception {
        List<String> components = Stream.concat(
                        Arrays.stream(GenerationRequest.class.getRecordComponents()),
                        Arrays.stream(GeneratorOptions.class.getRecordComponents()))
                .map(RecordComponent::getName)
                .toList();
        List<String> parameters = editableParameters("generate").stream()
                .filter(name -> !BUILD_ONLY.contains(name))
                .toList();

        assertThat(parameters).contains("schemas", "timestampWithTimeZone", "sequenceAllocationSize", "packageName", "targets",
                "repositories");
        assertThat(components).containsAll(parameters);
    }
}
