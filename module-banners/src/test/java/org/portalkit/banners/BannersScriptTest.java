package org.portalkit.banners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * {@code resources/banners.js} chooses the banner of a rotating zone by the same rule as
 * {@link BannerItem#chooseByWeight}: both are given the same weights and random numbers and must pick the same
 * banners. Runs when Node.js is installed (skipped otherwise).
 */
class BannersScriptTest {

    private static boolean hasNode() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void theBrowserChoosesByWeightLikeTheServer() throws Exception {
        assumeTrue(hasNode(), "node not installed");
        int[] weights = {1, 3, 6, 1, 100, 0, 7};
        List<BannerItem> banners = new ArrayList<>();
        StringBuilder js = new StringBuilder("[");
        for (int i = 0; i < weights.length; i++) {
            banners.add(new BannerItem(Integer.toString(i), "t" + i, "a", "", "/i.jpg", "/c", false, i,
                Math.max(1, weights[i]), 0));
            js.append(i == 0 ? "" : ",").append("{weight:").append(weights[i]).append(",id:'").append(i).append("'}");
        }
        js.append("]");
        Random random = new Random(42);
        List<Double> randoms = new ArrayList<>(List.of(0.0, 0.999999, 0.5));
        for (int i = 0; i < 500; i++) {
            randoms.add(random.nextDouble());
        }
        StringBuilder expected = new StringBuilder();
        for (double r : randoms) {
            expected.append(BannerItem.chooseByWeight(banners, r).getId()).append(' ');
        }
        Path script = Paths.get("src/main/vfs/system/modules/org.portalkit.banners/resources/banners.js").toAbsolutePath();
        Path harness = Files.createTempFile("banners", ".js");
        try {
            Files.writeString(harness, "const b = require(" + quote(script.toString()) + ");\nconst list = " + js
                + ";\nconst r = " + randoms + ";\nprocess.stdout.write(r.map(x => b.choose(list, x).id + ' ').join(''));\n",
                StandardCharsets.UTF_8);
            Process p = new ProcessBuilder("node", harness.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(true, p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(expected.toString(), out);
        } finally {
            Files.deleteIfExists(harness);
        }
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
