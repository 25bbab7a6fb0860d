/** Where users land after signing in: the province's list, their one dinas, or a choice among their dinas; a dinas's own start page. */
package id.kinerja.ui.beranda;
