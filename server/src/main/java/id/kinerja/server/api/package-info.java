/**
 * The JSON API under {@code /api}: {@code /api/admin/…} for the province, {@code /api/t/{slug}/…} for one
 * dinas (its tenant set by {@link id.kinerja.server.api.PintuApi}), {@code /api/health}. Controllers
 * take command records and call {@code tenants} services; errors are {@link id.kinerja.server.api.ApiError}.
 */
package id.kinerja.server.api;
