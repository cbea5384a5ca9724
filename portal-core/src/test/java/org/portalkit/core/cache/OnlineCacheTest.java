package org.portalkit.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.opencms.file.CmsObject;

class OnlineCacheTest {

    private final OnlineCache<String, String> m_cache = OnlineCache.create(100, Duration.ofMinutes(5));

    private final AtomicInteger m_loads = new AtomicInteger();

    private String load(String key) {
        m_loads.incrementAndGet();
        return key.toUpperCase();
    }

    @Test
    void aValueIsLoadedOnceUntilTheNextPublish() {
        assertEquals("A", m_cache.cached("a", this::load));
        assertEquals("A", m_cache.cached("a", this::load));
        assertEquals(1, m_loads.get());
        OnlineCache.clearAll();
        assertEquals("A", m_cache.cached("a", this::load));
        assertEquals(2, m_loads.get());
    }

    @Test
    void aValueLoadedWhileAPublishRanIsLoadedAgainAfterIt() {
        m_cache.cached("b", key -> {
            OnlineCache.clearAll(); // the publish ends while the old state is being read
            return "old";
        });
        assertEquals("new", m_cache.cached("b", key -> "new"));
        assertEquals("new", m_cache.cached("b", key -> "newer"));
    }

    @Test
    void nullValuesAreKept() {
        assertNull(m_cache.cached("c", key -> {
            m_loads.incrementAndGet();
            return null;
        }));
        assertNull(m_cache.cached("c", this::load));
        assertEquals(1, m_loads.get());
    }

    @Test
    void withoutAPublishListenerEveryRequestLoads() {
        // no OpenCms here, so nothing would empty the cache on publish: it must not keep anything
        CmsObject cms = mock(CmsObject.class);
        m_cache.get(cms, "d", this::load);
        m_cache.get(cms, "d", this::load);
        assertEquals(2, m_loads.get());
        assertEquals(0, m_cache.size());
    }
}
