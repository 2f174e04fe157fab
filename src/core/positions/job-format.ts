// The JSON Resume job format (jsonresume job-schema) in and out: validate a document, import it as a
// position body with a report, export a position. The pieces live in the job-*.ts files beside this one.

export type { JsonResumeJob, JsonResumeJobSkill } from './job-document.js';
export { JOB_EXTENSION_KEY, jobDocumentProblems, MAX_JOB_PROBLEMS } from './job-document.js';
export type { JobExportOptions } from './job-export.js';
export { exportJob } from './job-export.js';
export type { JobExtension } from './job-extension.js';
export { JOB_EXTENSION_VERSION } from './job-extension.js';
export type { ImportedJob, JobImportDeps } from './job-import.js';
export { importJob } from './job-import.js';
export { formatSalaryText, parseSalaryText, type SalaryParse } from './job-salary.js';
export type { NormaliseSkill } from './job-skills.js';
export type { ImportNote, JobImportReport } from './job-types.js';
