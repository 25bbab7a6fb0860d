/**
 * Kerangka: a dinas's framework of one Renstra period as a tree (tujuan → sasaran → program → kegiatan → sub
 * kegiatan, with the indicators under each node), and adding, renaming, moving and deleting its nodes through
 * {@code RenstraService} with the API's rules. Indicators open in the {@code indikator} form.
 */
package id.kinerja.ui.kerangka;
