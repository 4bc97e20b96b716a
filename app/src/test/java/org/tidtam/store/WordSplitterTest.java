package org.tidtam.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordSplitterTest {
    @Test
    void splitsThaiIntoWordsAndDropsPunctuation() {
        assertThat(WordSplitter.words("ขอเชิญประชุม, ณ ห้องประชุม (ชั้น ๒)"))
                .isEqualTo("ขอ เชิญ ประชุม ณ ห้อง ประชุม ชั้น ๒");
    }

    @Test
    void theSameChunkGivesTheSameWordsFromTheCache() {
        String text = "รายงานผลการดำเนินงานให้จังหวัดทราบภายในวันที่ ๑๕ พฤษภาคม ๒๕๖๘";
        assertThat(WordSplitter.words(text)).isEqualTo(WordSplitter.words(text)).contains("รายงาน").contains("๒๕๖๘");
        assertThat(WordSplitter.words("")).isEmpty();
        assertThat(WordSplitter.words(" \n ")).isEmpty();
    }
}
