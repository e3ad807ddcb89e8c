// Validates GLB files with the Khronos glTF-Validator: prints a summary per file and exits
// non-zero when any file has an error or a warning (infos and hints are printed, not fatal).
//
//   node validate.mjs FILE.glb...
import { readFile } from 'node:fs/promises';
import validator from 'gltf-validator';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node validate.mjs FILE.glb...');
  process.exit(2);
}
let bad = 0;
for (const file of files) {
  let report;
  try {
    const data = new Uint8Array(await readFile(file));
    report = await validator.validateBytes(data, { maxIssues: 0, format: 'glb' });
  } catch (err) {
    console.log(`FAIL ${file}: validator could not read it: ${err}`);
    bad++;
    continue;
  }
  const n = report.issues;
  const info = report.info || {};
  const summary = `${n.numErrors} errors, ${n.numWarnings} warnings, ${n.numInfos} infos, ${n.numHints} hints; ` +
    `${info.totalVertexCount ?? '?'} vertices, ${info.totalTriangleCount ?? '?'} triangles`;
  for (const m of n.messages) {
    if (m.severity <= 1 || files.length === 1) {
      console.log(`  ${['error', 'warning', 'info', 'hint'][m.severity]} ${m.code} ${m.pointer ?? ''}: ${m.message}`);
    }
  }
  if (n.numErrors > 0 || n.numWarnings > 0) {
    console.log(`FAIL ${file}: ${summary}`);
    bad++;
  } else {
    console.log(`ok   ${file}: ${summary}`);
  }
}
process.exit(bad > 0 ? 1 : 0);
