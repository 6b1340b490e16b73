package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ParleyVersionTest {
    @Test
    void the_version_is_the_maven_project_version() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher parent = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(pom);

        assertThat(parent.find()).isTrue();
        assertThat(ParleyVersion.get()).isEqualTo(parent.group(1));
    }
}
