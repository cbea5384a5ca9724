package org.portalkit.core.cache;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.opencms.file.CmsObject;
import org.opencms.main.I_CmsEventListener;
import org.opencms.main.OpenCms;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A bounded cache of values that a request derives from Online content (a category's title, a list page's parsed
 * configuration), emptied whenever OpenCms publishes or clears its caches. It serves only requests in the Online
 * project, so an editor in the Offline project always sees the current state; and only once
 * {@link #listenToPublishing()} has run (portal-core's module action calls it when OpenCms starts), so that nothing is
 * ever kept that a publish would not clear.
 *
 * <p>A value loaded while a publish ran is never served after it: every value carries the publish generation it was
 * loaded in, and a value of an older generation counts as absent. Values may be {@code null}.
 *
 * @param <K> the key (an immutable value that names everything the value depends on)
 * @param <V> the value (immutable)
 */
public final class OnlineCache<K, V> {

    private static final List<OnlineCache<?, ?>> CACHES = new CopyOnWriteArrayList<>();

    private static final AtomicLong GENERATION = new AtomicLong();

    private static volatile boolean s_listening;

    private final Cache<K, Stamped<V>> m_cache;

    private OnlineCache(long maxEntries, Duration maxAge) {
        m_cache = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(maxAge).build();
    }

    /**
     * @param maxEntries the most entries kept (the least used go first)
     * @param maxAge     how long an entry is kept at most (a safety net: publishing empties the cache anyway)
     * @return a new cache, emptied with all others on publish
     */
    public static <K, V> OnlineCache<K, V> create(long maxEntries, Duration maxAge) {
        OnlineCache<K, V> cache = new OnlineCache<>(maxEntries, maxAge);
        CACHES.add(cache);
        return cache;
    }

    /**
     * Registers the listener that empties every online cache when OpenCms publishes or clears its caches. Until it
     * has run, {@link #get} always loads.
     */
    public static synchronized void listenToPublishing() {
        if (s_listening) {
            return;
        }
        OpenCms.addCmsEventListener(event -> clearAll(), new int[] {
            I_CmsEventListener.EVENT_PUBLISH_PROJECT,
            I_CmsEventListener.EVENT_CLEAR_CACHES,
            I_CmsEventListener.EVENT_CLEAR_ONLINE_CACHES});
        s_listening = true;
    }

    /** Empties every online cache (what a publish does). */
    public static void clearAll() {
        GENERATION.incrementAndGet();
        for (OnlineCache<?, ?> cache : CACHES) {
            cache.m_cache.invalidateAll();
        }
    }

    /**
     * Computes a value; may throw the checked exception of the caller (e.g. {@code CmsException}), which then
     * reaches the caller of {@link OnlineCache#get} unchanged and caches nothing.
     *
     * @param <K> the key
     * @param <V> the value
     * @param <E> what it throws
     */
    @FunctionalInterface
    public interface Loader<K, V, E extends Exception> {

        /**
         * @param key the key
         * @return the value
         * @throws E if it cannot be computed
         */
        V load(K key) throws E;
    }

    /**
     * @param cms  the current context (only its project matters)
     * @param key  the key
     * @param load computes the value when it is not cached (or the request is not in the Online project)
     * @return the value
     * @throws E what {@code load} throws
     */
    public <E extends Exception> V get(CmsObject cms, K key, Loader<? super K, ? extends V, E> load) throws E {
        if (!s_listening || !cms.getRequestContext().getCurrentProject().isOnlineProject()) {
            return load.load(key);
        }
        return cached(key, load);
    }

    /** {@link #get} for a request known to be Online (and a listener in place): package-visible for tests. */
    <E extends Exception> V cached(K key, Loader<? super K, ? extends V, E> load) throws E {
        long generation = GENERATION.get();
        Stamped<V> stamped = m_cache.getIfPresent(key);
        if (stamped != null && stamped.generation() == generation) {
            return stamped.value();
        }
        V value = load.load(key);
        m_cache.put(key, new Stamped<>(generation, value));
        return value;
    }

    /** @return the number of entries held (approximate) */
    public long size() {
        return m_cache.estimatedSize();
    }

    private record Stamped<V>(long generation, V value) {
    }
}
