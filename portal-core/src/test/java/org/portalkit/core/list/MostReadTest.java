package org.portalkit.core.list;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.portalkit.core.counter.CounterValue;
import org.portalkit.core.counter.Counters;

class MostReadTest {

    /** Counters in memory with the contract of {@link Counters#top}: highest first, ties by key, capped. */
    static final class MemoryCounters implements Counters {
        final Map<String, Long> values = new LinkedHashMap<>();

        @Override
        public void increment(String key) {
            values.merge(key, 1L, Long::sum);
        }

        @Override
        public long value(String key) {
            return values.getOrDefault(key, 0L);
        }

        @Override
        public void setStartValue(String key, long value) {
            values.merge(key, value, Math::max);
        }

        @Override
        public List<CounterValue> top(String keyPrefix, int limit) {
            List<CounterValue> top = new ArrayList<>();
            values.forEach((k, v) -> {
                if (k.startsWith(keyPrefix)) {
                    top.add(new CounterValue(k, v));
                }
            });
            top.sort(Comparator.comparingLong(CounterValue::value).reversed().thenComparing(CounterValue::key));
            return top.subList(0, Math.min(Math.min(limit, MAX_TOP), top.size()));
        }

        @Override
        public void flush() {
            // nothing to write
        }
    }

    private static String id(int n) {
        return String.format("00000000-0000-0000-0000-%012d", n);
    }

    @Test
    void candidatesAreTheMostViewedIdsOfTheListsTypesHighestFirst() {
        MemoryCounters counters = new MemoryCounters();
        counters.setStartValue("pk.news.views." + id(1), 10);
        counters.setStartValue("pk.news.views." + id(2), 30);
        counters.setStartValue("pk.news.views." + id(3), 30);
        counters.setStartValue("pk.news.views.not-an-id", 1000);
        counters.setStartValue("pk.news.views." + id(4), 0);
        counters.setStartValue("pk.banner.clicks." + id(5), 5000);
        ListDefinition def = ListDefinition.builder().type(ListQueryTest.NEWS_SORTED).sort(ListSort.MOST_READ).build();
        Map<String, Long> candidates = MostRead.candidates(def, counters);
        assertEquals(List.of(id(2), id(3), id(1)), new ArrayList<>(candidates.keySet()),
            "by views, ties by id; other prefixes, malformed ids and zero counts are left out");
        assertEquals(30L, candidates.get(id(2)).longValue());
    }

    @Test
    void twoTypesShareTheCandidateBound() {
        MemoryCounters counters = new MemoryCounters();
        for (int i = 0; i < 150; i++) {
            counters.setStartValue("pk.news.views." + id(i), 1000 + i);
            counters.setStartValue("pk.notice.views." + id(1000 + i), 2000 + i);
        }
        ListTypeMapping notices = new ListTypeMapping("pk-notice", "newstitle_{locale}_s", "newsdate_{locale}_dt", null,
            null, "pk.notice.views.", "newstitle_{locale}_vsort");
        ListDefinition def = ListDefinition.builder().type(ListQueryTest.NEWS_SORTED).type(notices)
            .sort(ListSort.MOST_READ).build();
        Map<String, Long> candidates = MostRead.candidates(def, counters);
        assertEquals(Counters.MAX_TOP, candidates.size());
        assertEquals(id(1149), candidates.keySet().iterator().next(), "the most viewed of both types first");
        assertEquals(2050L, candidates.values().stream().mapToLong(Long::longValue).min().getAsLong(),
            "the notices outrank every news here");
    }

    @Test
    void noCountersNoCandidates() {
        ListDefinition def = ListDefinition.builder().type(ListQueryTest.NEWS_SORTED).sort(ListSort.MOST_READ).build();
        assertEquals(Map.of(), MostRead.candidates(def, new MemoryCounters()));
    }
}
