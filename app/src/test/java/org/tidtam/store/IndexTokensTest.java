package org.tidtam.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Java tokens of a query agree with body_fts's tokenizer, and give up outside ASCII and Thai. */
class IndexTokensTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ว่า จ่าย                 | ว่า,จ่าย
            ศาลา กลาง จังหวัด        | ศาลา,กลาง,จังหวัด
            ที่ ๒๕๖๘ 2568            | ที่,๒๕๖๘,2568
            ข้อ5ก ABC๑               | ข้อ5ก,abc๑
            ก.พ. ๖๘                  | ก,พ,๖๘
            มท ๐๓๒๒/ว ๕๕๘๗๘          | มท,๐๓๒๒,ว,๕๕๘๗๘
            Tidtam-App v2.1          | tidtam,app,v2,1
            ฯลฯ ดี ๆ ฿100 ๏ ๚ ๛       | ฯลฯ,ดี,ๆ,100
            "(ด่วน)!"                | ด่วน
            """)
    void splitsLikeTheIndex(String words, String expected) throws Exception {
        assertThat(IndexTokens.of(words)).contains(List.of(expected.split(",")));
        assertThat(sqliteTokens(words)).containsExactly(expected.split(","));
    }

    @ParameterizedTest
    @ValueSource(strings = {"café", "Straße", "“ว่า”", "ว่า–จ่าย", "e\u0301", "١٢٣", "中文", "😀"})
    void givesUpOutsideAsciiAndThai(String words) {
        assertThat(IndexTokens.of(words)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "... -- //"})
    void noTokensInPunctuation(String words) throws Exception {
        assertThat(IndexTokens.of(words)).contains(List.of());
        assertThat(sqliteTokens(words)).isEmpty();
    }

    /** The tokens SQLite's tokenizer makes of words, in order (from an fts5vocab 'instance' table). */
    static List<String> sqliteTokens(String words) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
            s.execute("CREATE VIRTUAL TABLE t USING fts5 (words, tokenize = \"" + BodyTerms.TOKENIZER + "\")");
            s.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t (words) VALUES (?)")) {
                ps.setString(1, words);
                ps.executeUpdate();
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT term FROM v ORDER BY offset")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }
}
