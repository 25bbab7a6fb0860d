package id.kinerja.tenant;

import io.micronaut.core.propagation.PropagatedContextElement;

/**
 * The tenant a piece of work runs for. It travels in Micronaut's propagated context and nowhere else;
 * {@link TenantScope} puts it there, {@link TenantSchemaResolver} reads it.
 */
public record TenantRef(long id, String slug, String schema, String locator) implements PropagatedContextElement {
}
