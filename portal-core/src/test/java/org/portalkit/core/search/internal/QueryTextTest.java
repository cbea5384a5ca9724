package org.portalkit.core.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QueryTextTest {

    @Test
    void cleanDropsControlAndFormatCharactersAndCollapsesSpace() {
        assertEquals("hội nghị sơ kết", QueryText.clean("  hội\u0000 nghị\u001b\u202e\u200b\t\n sơ\u00a0\u00a0kết \u0085"));
        assertEquals("", QueryText.clean(null));
        assertEquals("", QueryText.clean("\u0000\u0001 \t"));
        assertEquals("ab", QueryText.clean("a\uE000b"), "private-use characters (the highlight markers) are dropped");
        assertEquals("a", QueryText.clean("a\uD800"), "an unpaired surrogate is dropped");
    }

    @Test
    void cleanCapsAt200CharactersWithoutSplittingSurrogatePairs() {
        assertEquals(200, QueryText.clean("x".repeat(10_000)).length());
        String emoji = "\uD83D\uDE00";
        String capped = QueryText.clean("x".repeat(199) + emoji + "yyy");
        assertEquals("x".repeat(199), capped);
        assertEquals(200, QueryText.clean(" ".repeat(5000) + "y".repeat(500)).length(), "leading space costs nothing");
    }

    @Test
    void cleanKeepsAtMostTwelveWords() {
        assertEquals("a b c d e f g h i j k l", QueryText.clean("a b c d e f g h i j k l m n o p"));
        assertEquals("hội nghị ".repeat(6).strip(), QueryText.clean("hội nghị ".repeat(40)));
        assertEquals("một hai", QueryText.clean(" một \t\n hai "), "fewer words stay as they are");
        assertEquals(QueryText.MAX_WORDS, QueryText.clean("w ".repeat(100)).split(" ").length);
    }

    @Test
    void cleanComposesToNfc() {
        // "ộ" as o + combining circumflex + combining dot below
        assertEquals("hội", QueryText.clean("ho\u0323\u0302i"));
    }

    @Test
    void escapeLeavesNoQuerySyntax() {
        assertEquals("\\{\\!lucene\\}\\*\\:\\*", QueryText.escape("{!lucene}*:*"));
        assertEquals("title\\:hoi", QueryText.escape("title:hoi"));
        assertEquals("\\(hoi \\AND nghi\\) \\OR \\NOT so", QueryText.escape("(hoi AND nghi) OR NOT so"));
        assertEquals("hoi\\~2 nghi\\^100 \\[\\* \\TO \\*\\]", QueryText.escape("hoi~2 nghi^100 [* TO *]"));
        assertEquals("a\\\\b\\/ \\\"c\\\" \\&\\&\\|\\|", QueryText.escape("a\\b/ \"c\" &&||"));
        assertEquals("\\-x \\+y", QueryText.escape("-x +y"));
        assertEquals("hội nghị", QueryText.escape("hội nghị"));
        assertEquals("and or", QueryText.escape("and or"), "lower-case words stay words (lowercaseOperators=false)");
        // nothing unescaped that the parsers treat specially
        String escaped = QueryText.escape(QueryText.clean("{!}[]()^~*?:\"\\/+-!&|"));
        for (int i = 0; i < escaped.length(); i += 2) {
            assertEquals('\\', escaped.charAt(i), escaped);
        }
    }

    @Test
    void wordsAndHasWords() {
        assertEquals("hoi nghji", QueryText.words("hoi* nghji?"));
        assertEquals("lucene", QueryText.words("{!lucene}*:*"));
        assertEquals("a b", QueryText.spellingWords("a " + "x".repeat(31) + " b"), "no word longer than 30 letters");
        assertEquals("1 2 3 4 5 6 7 8 9 10", QueryText.spellingWords("1 2 3 4 5 6 7 8 9 10 11 12"), "at most 10 words");
        assertTrue(QueryText.hasWords("a"));
        assertTrue(QueryText.hasWords("đ"));
        assertFalse(QueryText.hasWords("*:* !!! ???"));
        assertFalse(QueryText.hasWords(""));
    }
}
