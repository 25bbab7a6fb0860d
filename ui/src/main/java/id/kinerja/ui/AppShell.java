package id.kinerja.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view: Lumo theme, Kinerja's own static stylesheet, Indonesian language. No custom npm bundle
 * (see docs/architecture.md).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/kinerja.css")
@Meta(name = "description", content = "Kinerja: kerangka dan laporan kinerja SAKIP perangkat daerah")
public class AppShell implements AppShellConfigurator {
}
