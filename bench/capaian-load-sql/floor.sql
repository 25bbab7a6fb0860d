-- The raw-SQL floor of the capaian overview: the rows the tree is computed from (period, scale, nodes, indicators with
-- components, targets, quarterly targets, realisations up to the quarter with their components, budgets and spending),
-- read and turned into one JSON document by PostgreSQL itself. pgbench runs it with search_path on the dinas's schema.
\set tahun 2025
\set triwulan 2
SELECT jsonb_build_object(
  'periode', (SELECT to_jsonb(p) FROM periode p WHERE p.id = pid.id),
  'skala', (SELECT jsonb_agg(to_jsonb(k)) FROM skala_capaian k),
  'simpul', (SELECT jsonb_agg(to_jsonb(s) || jsonb_build_object(
      'indikator', (SELECT jsonb_agg(to_jsonb(i) || jsonb_build_object(
          'komponen', (SELECT jsonb_agg(to_jsonb(c)) FROM komponen c WHERE c.indikator_id = i.id),
          'target', (SELECT jsonb_agg(to_jsonb(t)) FROM target t WHERE t.indikator_id = i.id AND t.tahun = :tahun),
          'targetTriwulan', (SELECT jsonb_agg(to_jsonb(q)) FROM target_triwulan q WHERE q.indikator_id = i.id AND q.tahun = :tahun),
          'realisasi', (SELECT jsonb_agg(to_jsonb(r) || jsonb_build_object('komponen',
              (SELECT jsonb_agg(to_jsonb(rk)) FROM realisasi_komponen rk WHERE rk.realisasi_id = r.id)))
              FROM realisasi r WHERE r.indikator_id = i.id AND r.tahun BETWEEN :tahun - 1 AND :tahun
              AND (r.triwulan IS NULL OR r.triwulan <= :triwulan))) ORDER BY i.urutan, i.id)
          FROM indikator i WHERE i.simpul_id = s.id),
      'anggaran', (SELECT jsonb_agg(to_jsonb(a)) FROM anggaran a WHERE a.simpul_id = s.id AND a.tahun = :tahun),
      'realisasiAnggaran', (SELECT jsonb_agg(to_jsonb(ra)) FROM realisasi_anggaran ra WHERE ra.simpul_id = s.id
          AND ra.tahun = :tahun AND ra.triwulan <= :triwulan)) ORDER BY s.urutan, s.id)
      FROM simpul s WHERE s.periode_id = pid.id)
)::text
FROM (SELECT id FROM periode WHERE tahun_awal <= :tahun ORDER BY tahun_awal DESC, id DESC LIMIT 1) pid;
