#!/usr/bin/env python3
# Writes the table templates of the Laporan Kinerja (reports/src/main/jasperreports/lkjip-tabel-*.jrxml). Run from the
# repository root after changing a layout below: python3 reports/alat/lkjip-tabel.py reports/src/main/jasperreports
# Generates the table templates of the Laporan Kinerja (lkjip-tabel-*.jrxml): one row record BarisTabel (k1..k12),
# columns of kinds t (text), c (centred text), s (styled text), n (Nilai: number or reason).
import uuid, sys
_n = [0]
_tabel = [""]
def u():
    # stable ids (from the table's name and the element's place), so a re-run changes only what changed
    _n[0] += 1
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "kinerja/lkjip-tabel-" + _tabel[0] + "/" + str(_n[0])))
def esc(s): return s.replace("&","&amp;").replace("<","&lt;").replace(">","&gt;").replace('"',"&quot;")
# A program's Target (and realisation) can be a rupiah figure of 13 digits with cents: 1.175.296.332.815,85 is 80 pt
# at 8 pt, so those columns are 88 wide (3 pt padding each side, 2 pt to spare) and it stays on one line.
TABEL = {
 "pegawai": ("Tabel 1.1: komposisi pegawai", [("No",20,"c"),("Jabatan",115,"t"),("Laki-laki",36,"n"),("Perem-puan",36,"n"),("PNS",38,"n"),("PPPK",38,"n"),("Kontrak",40,"n"),("SD – SMA",48,"n"),("D1 – D3",46,"n"),("S1 / D4",48,"n"),("S2 / S3",50,"n")]),
 "sarana": ("Tabel 1.2: sarana dan prasarana", [("No",22,"c"),("Nama Barang",190,"t"),("Satuan",60,"c"),("Jumlah",60,"n"),("Keterangan / Kondisi",183,"t")]),
 "iku": ("Tabel 2.1: IKU", [("No",22,"c"),("Tujuan / Sasaran",95,"s"),("Indikator Kinerja Utama",100,"t"),("Satuan",45,"c"),("Penjelasan / Formulasi",160,"t"),("Sumber Data",93,"t")]),
 "target": ("Tabel 2.2: target", [("No",22,"c"),("Tujuan / Sasaran",150,"s"),("Indikator",190,"t"),("Satuan",60,"c"),("=\"Target \" + $P{TAHUN}",93,"n")]),
 "pk-sasaran": ("Tabel 2.3: PK, sasaran", [("No",22,"c"),("Sasaran Strategis",180,"t"),("Indikator Kinerja",200,"t"),("Target",70,"n"),("Satuan",43,"c")]),
 "pk-program": ("Tabel 2.3: PK, program", [("No",22,"c"),("Program",263,"t"),("Anggaran (Rp)",120,"n"),("Sumber Dana",110,"c")]),
 "program": ("Tabel 2.4: program dan kegiatan pendukung IKU", [("No",22,"c"),("Program / Kegiatan",170,"s"),("Indikator",138,"t"),("Target",88,"n"),("Anggaran (Rp)",97,"n")]),
 "skala": ("Tabel 3.1: skala", [("No",30,"c"),("Capaian Kinerja",200,"c"),("Kategori",285,"c")]),
 "capaian": ("Tabel 3.2: capaian tujuan dan sasaran per triwulan, annual and cumulative (Rencana Aksi) capaian; the unit follows the indicator's name", [("Tujuan / Sasaran",54,"s"),("Indikator (Satuan)",66,"t"),("Target Tahunan",52,"n"),("TW I",44,"n"),("TW II",44,"n"),("TW III",44,"n"),("TW IV",44,"n"),("Realisasi Total",48,"n"),("Capaian Tahunan (%)",40,"n"),("=\"Capaian s.d. TW \" + $P{TW} + \" (%)\"",40,"n"),("Kategori",39,"c")]),
 "capaian-program": ("Tabel 3.3: capaian program", [("Program",145,"s"),("Indikator",134,"t"),("Target",88,"n"),("=\"Realisasi s.d. TW \" + $P{TW}",88,"n"),("Capaian (%)",60,"n")]),
 "efisiensi": ("efisiensi", [("No",22,"c"),("Tujuan / Sasaran",130,"s"),("Indikator",150,"t"),("Capaian Kinerja (%)",70,"n"),("Penyerapan Anggaran (%)",70,"n"),("Efisiensi (%)",73,"n")]),
 "anggaran": ("realisasi anggaran", [("No",22,"c"),("Program",253,"t"),("Anggaran (Rp)",90,"n"),("Realisasi (Rp)",90,"n"),("(%)",60,"n")]),
 "komponen": ("perhitungan per indikator", [("Uraian",255,"t"),("=\"Tahun \" + $P{TAHUN}",130,"n"),("=\"Tahun \" + (Integer.parseInt($P{TAHUN}) - 1)",130,"n")]),
}
STYLE = {"t":"Sel","c":"SelTengah","s":"Sel","n":"SelAngka"}
for nama,(judul,kolom) in TABEL.items():
    assert sum(w for _,w,_ in kolom) == 515, (nama, sum(w for _,w,_ in kolom))
    _tabel[0] = nama
    _n[0] = 0
    n = len(kolom)
    huruf = ' fontSize="7.0"' if nama == "capaian" else ""
    kepala = 40 if nama == "capaian" else 30  # three-line titles ("Capaian s.d. TW II (%)")
    out = []
    A = out.append
    A('<?xml version="1.0" encoding="UTF-8"?>')
    A(f'<!-- Laporan Kinerja, {esc(judul)} (generated layout: one BarisTabel per row, k1..k{n}; a number cell is a Nilai:')
    A('     the number with its pattern, or the reason it is missing). 515 wide; the caption is the master\'s. -->')
    A(f'<jasperReport name="lkjip-tabel-{nama}" language="java" pageWidth="515" pageHeight="842" columnWidth="515" leftMargin="0" rightMargin="0" topMargin="0" bottomMargin="0" whenNoDataType="AllSectionsNoDetail" uuid="{u()}">')
    A('\t<import>id.kinerja.laporan.mesin.Nilai</import>')
    A('\t<parameter name="TAHUN" class="java.lang.String"/>')
    A('\t<parameter name="TW" class="java.lang.String"/>')
    for i in range(1, n+1):
        A(f'\t<field name="k{i}" class="java.lang.Object"/>')
    A('\t<field name="tebal" class="java.lang.Boolean"/>')
    A(f'\t<columnHeader height="{kepala}" splitType="Prevent">')
    x = 0
    for (label,w,_) in kolom:
        if label.startswith("="):
            A(f'\t\t<element kind="textField" uuid="{u()}" x="{x}" y="0" width="{w}" height="{kepala}" style="KepalaTabel"{huruf}><expression><![CDATA[{label[1:]}]]></expression></element>')
        else:
            A(f'\t\t<element kind="staticText" uuid="{u()}" x="{x}" y="0" width="{w}" height="{kepala}" style="KepalaTabel"{huruf}><text><![CDATA[{label}]]></text></element>')
        x += w
    A('\t</columnHeader>')
    A('\t<detail>')
    A('\t\t<band height="16" splitType="Prevent">')
    x = 0
    for i,(label,w,k) in enumerate(kolom, start=1):
        f = f'$F{{k{i}}}'
        common = f'stretchType="ContainerHeight" x="{x}" y="0" width="{w}" height="16"'
        if k == "n":
            v = f'((Nilai) {f})'
            A(f'\t\t<element kind="textField" uuid="{u()}" {common} textAdjust="StretchHeight" style="SelAngka"{huruf} bold="true">')
            A(f'\t\t\t<printWhenExpression><![CDATA[{f} != null && {v}.angka() != null && $F{{tebal}}]]></printWhenExpression>')
            A(f'\t\t\t<expression><![CDATA[{v}.angka()]]></expression><patternExpression><![CDATA[{v}.pola()]]></patternExpression></element>')
            A(f'\t\t<element kind="textField" uuid="{u()}" {common} textAdjust="StretchHeight" style="SelAngka"{huruf}>')
            A(f'\t\t\t<printWhenExpression><![CDATA[{f} != null && {v}.angka() != null && !$F{{tebal}}]]></printWhenExpression>')
            A(f'\t\t\t<expression><![CDATA[{v}.angka()]]></expression><patternExpression><![CDATA[{v}.pola()]]></patternExpression></element>')
            A(f'\t\t<element kind="textField" uuid="{u()}" {common} textAdjust="StretchHeight" style="SelAlasan">')
            A(f'\t\t\t<printWhenExpression><![CDATA[{f} == null || {v}.angka() == null]]></printWhenExpression>')
            A(f'\t\t\t<expression><![CDATA[{f} == null ? "" : {v}.teks()]]></expression></element>')
        else:
            markup = ' markup="styled"' if k == "s" else ""
            for tebal in (True, False):
                A(f'\t\t<element kind="textField" uuid="{u()}" {common} textAdjust="StretchHeight"{markup} style="{STYLE[k]}"{huruf}' + (' bold="true">' if tebal else '>'))
                A(f'\t\t\t<printWhenExpression><![CDATA[' + ('' if tebal else '!') + '$F{tebal}]]></printWhenExpression>')
                A(f'\t\t\t<expression><![CDATA[{f} == null ? "" : String.valueOf({f})]]></expression></element>')
        x += w
    A('\t\t</band>')
    A('\t</detail>')
    A('</jasperReport>')
    open(f"{sys.argv[1]}/lkjip-tabel-{nama}.jrxml","w").write("\n".join(out)+"\n")
print("ok")
