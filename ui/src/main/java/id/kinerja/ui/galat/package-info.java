/**
 * Errors in the UI: friendly Indonesian pages instead of stack traces (not found, access refused, a failure of the
 * server) and the handler for failures of actions. Details go to the log, never to the screen.
 */
package id.kinerja.ui.galat;
