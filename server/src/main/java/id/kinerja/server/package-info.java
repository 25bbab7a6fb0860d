/**
 * The process: {@link id.kinerja.server.Kinerja#main} builds the Micronaut context and starts
 * {@link id.kinerja.server.WebServer}; the JSON API lives in {@code id.kinerja.server.api}.
 */
package id.kinerja.server;
