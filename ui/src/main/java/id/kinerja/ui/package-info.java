/**
 * The Vaadin UI: plumbing here (servlet, Micronaut instantiator, initializer, app shell), one sub-package
 * per feature with its views. Views are {@code @Prototype} beans; they talk to {@code tenants} services,
 * never to repositories or the database.
 */
package id.kinerja.ui;
