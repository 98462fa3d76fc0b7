package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** One word for one thing in the Chinese bundle: the framework is 职业框架, never 职级框架. */
class ChineseWordingTest {

    @Test
    void theFrameworkHasOneNameInChinese() throws IOException {
        Properties zh = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/messages_zh_CN.properties")) {
            zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        assertThat(zh.stringPropertyNames()).allSatisfy(key -> {
            String text = zh.getProperty(key);
            assertThat(text).as(key).doesNotContain("\u804c\u7ea7");
            assertThat(text.replace("\u804c\u4e1a\u6846\u67b6", "")).as(key).doesNotContain("\u6846\u67b6");
        });
    }
}
