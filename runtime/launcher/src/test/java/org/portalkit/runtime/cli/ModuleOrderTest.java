package org.portalkit.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.portalkit.runtime.InstallException;
import org.portalkit.runtime.modules.ModuleZip;

class ModuleOrderTest {

    private static ModuleZip module(String name, String... dependencies) {

        return new ModuleZip(Paths.get("/modules/" + name + ".zip"), name, "1.0.0", List.of(dependencies));
    }

    /** @return the modules by name, in the given (deliberately unhelpful) order */
    private static Map<String, ModuleZip> modules(ModuleZip... modules) {

        Map<String, ModuleZip> byName = new LinkedHashMap<>();
        for (ModuleZip module : modules) {
            byName.put(module.moduleName(), module);
        }
        return byName;
    }

    private static List<String> names(List<ModuleZip> modules) {

        return modules.stream().map(ModuleZip::moduleName).collect(Collectors.toList());
    }

    @Test
    void dependenciesComeFirst() throws Exception {

        List<String> order = names(ModuleOrder.sort(modules(
            module("pk.template", "pk.news", "pk.banners", "pk.core"),
            module("pk.news", "pk.core"),
            module("pk.banners", "pk.core"),
            module("pk.core"))));
        assertEquals(4, order.size(), order.toString());
        assertEquals("pk.core", order.get(0), order.toString());
        assertEquals("pk.template", order.get(3), order.toString());
        assertTrue(order.indexOf("pk.news") < order.indexOf("pk.template"), order.toString());
        assertTrue(order.indexOf("pk.banners") < order.indexOf("pk.template"), order.toString());
    }

    @Test
    void aChainIsReversed() throws Exception {

        assertEquals(
            List.of("d", "c", "b", "a"),
            names(ModuleOrder.sort(modules(module("a", "b"), module("b", "c"), module("c", "d"), module("d")))));
    }

    @Test
    void independentModulesKeepTheirOrderAndNoneIsDuplicated() throws Exception {

        assertEquals(List.of("x", "y", "z"), names(ModuleOrder.sort(modules(module("x"), module("y"), module("z")))));
        // a shared dependency (diamond) appears once
        assertEquals(
            List.of("base", "left", "right", "top"),
            names(ModuleOrder.sort(modules(module("top", "left", "right"), module("left", "base"), module("right", "base"), module("base")))));
    }

    @Test
    void unknownDependencyNamesBothModules() {

        InstallException e = assertThrows(
            InstallException.class,
            () -> ModuleOrder.sort(modules(module("pk.core"), module("pk.news", "pk.core", "pk.missing"))));
        assertTrue(e.getMessage().contains("pk.news"), e.getMessage());
        assertTrue(e.getMessage().contains("pk.missing"), e.getMessage());
    }

    @Test
    void cycleIsAnError() {

        InstallException e = assertThrows(
            InstallException.class,
            () -> ModuleOrder.sort(modules(module("a", "b"), module("b", "c"), module("c", "a"))));
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
        InstallException self = assertThrows(InstallException.class, () -> ModuleOrder.sort(modules(module("a", "a"))));
        assertTrue(self.getMessage().contains("cycle"), self.getMessage());
    }

    @Test
    void openCmsBaseIsProvidedByTheRuntime() throws Exception {

        assertEquals(
            List.of("pk.core", "pk.news"),
            names(ModuleOrder.sort(modules(module("pk.core", "org.opencms.base"), module("pk.news", "pk.core", "org.opencms.base")))));
        // but only that one: other OpenCms modules are not part of the runtime
        InstallException e = assertThrows(
            InstallException.class,
            () -> ModuleOrder.sort(modules(module("pk.core", "org.opencms.ade.config"))));
        assertTrue(e.getMessage().contains("org.opencms.ade.config"), e.getMessage());
    }

    @Test
    void noModulesNoOrder() throws Exception {

        assertEquals(List.of(), ModuleOrder.sort(Map.of()));
    }
}
