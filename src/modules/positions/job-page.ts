// The public position page as plain server-rendered HTML: readable without JavaScript, by search
// engines and by slow phones, with the schema.org JobPosting JSON-LD in the head. Text is escaped
// with escape-html; the description is the Markdown already rendered and sanitised by core.
import escapeHtml from 'escape-html';
import type { PositionView } from '../../contracts/positions.js';
import { jobPostingJsonLd } from '../../core/positions/jsonld.js';

export type PageLocale = 'en' | 'ar';

export const labels = {
  en: {
    verifiedEmployer: 'Verified employer',
    verifiedFunded: 'Verified funded',
    salary: 'Salary',
    perYear: 'per year',
    perMonth: 'per month',
    approx: 'about',
    rateNote: (rate: string, date: string, source: string) => `at ${rate} per USD (${source}, ${date})`,
    peg: 'fixed peg',
    table: 'rate table',
    package: 'Package (per year)',
    housing: 'Housing',
    transport: 'Transport',
    annualFlights: 'Annual flights',
    education: 'Education',
    other: 'Other',
    taxFree: 'Tax-free income',
    where: 'Where',
    remoteFrom: 'Remote from',
    visa: 'Visa sponsorship',
    relocation: 'Relocation support',
    yes: 'Yes',
    no: 'No',
    required: 'Required skills',
    nice: 'Nice to have',
    minLevel: 'minimum level',
    details: 'Details',
    employment: 'Employment',
    headcount: 'Openings',
    validThrough: 'Apply by',
    apply: 'Sign in to apply',
    all: 'All positions',
    notFound: 'This position is not open',
    notFoundText: 'It may have been filled, closed or never published. Browse the open positions instead.',
    onsite: 'On site',
    hybrid: 'Hybrid',
    remote: 'Remote',
    level: { junior: 'Junior', mid: 'Mid-level', senior: 'Senior', staff: 'Staff / principal' },
    employmentTypes: {
      FULL_TIME: 'Full time',
      PART_TIME: 'Part time',
      CONTRACTOR: 'Contract',
      TEMPORARY: 'Temporary',
      INTERN: 'Internship',
    },
    switchTo: 'العربية',
  },
  ar: {
    verifiedEmployer: 'جهة توظيف موثّقة',
    verifiedFunded: 'تمويل موثّق',
    salary: 'الراتب',
    perYear: 'سنويًا',
    perMonth: 'شهريًا',
    approx: 'نحو',
    rateNote: (rate: string, date: string, source: string) => `بسعر ${rate} للدولار (${source}، ${date})`,
    peg: 'سعر ربط ثابت',
    table: 'جدول الأسعار',
    package: 'الحزمة (سنويًا)',
    housing: 'السكن',
    transport: 'المواصلات',
    annualFlights: 'تذاكر الطيران السنوية',
    education: 'التعليم',
    other: 'أخرى',
    taxFree: 'دخل معفى من الضريبة',
    where: 'المكان',
    remoteFrom: 'عن بُعد من',
    visa: 'كفالة التأشيرة',
    relocation: 'دعم الانتقال',
    yes: 'نعم',
    no: 'لا',
    required: 'المهارات المطلوبة',
    nice: 'مهارات إضافية مفضّلة',
    minLevel: 'الحد الأدنى للمستوى',
    details: 'التفاصيل',
    employment: 'نوع التوظيف',
    headcount: 'عدد الشواغر',
    validThrough: 'آخر موعد للتقديم',
    apply: 'سجّل الدخول للتقديم',
    all: 'كل الوظائف',
    notFound: 'هذه الوظيفة غير متاحة',
    notFoundText: 'ربما شُغلت أو أُغلقت أو لم تُنشر قط. تصفّح الوظائف المتاحة بدلًا منها.',
    onsite: 'في المقر',
    hybrid: 'هجين',
    remote: 'عن بُعد',
    level: { junior: 'مبتدئ', mid: 'متوسط الخبرة', senior: 'رفيع المستوى', staff: 'كبير المهندسين' },
    employmentTypes: {
      FULL_TIME: 'دوام كامل',
      PART_TIME: 'دوام جزئي',
      CONTRACTOR: 'تعاقد',
      TEMPORARY: 'مؤقت',
      INTERN: 'تدريب',
    },
    switchTo: 'English',
  },
} as const;

const STYLE = `
:root{color-scheme:light;--ink:#1e1b4b;--muted:#4b5563;--line:#e0e7ff;--accent:#4338ca;--bg:#f8fafc}
*{box-sizing:border-box}body{margin:0;font:16px/1.6 "Inter","Noto Sans Arabic",system-ui,"Segoe UI",sans-serif;color:var(--ink);background:var(--bg)}
[dir=rtl] body{font-family:"Noto Sans Arabic","Inter",system-ui,"Segoe UI",Tahoma,sans-serif}
header a{font-weight:600;text-decoration:none}
header,main{max-width:52rem;margin:0 auto;padding:1rem 1.25rem}header{display:flex;justify-content:space-between;gap:1rem;align-items:center;margin-block-end:1.5rem}
header a{color:var(--accent)}main{background:#fff;border:1px solid var(--line);border-radius:12px;margin-block-end:2rem}
h1{font-size:1.8rem;line-height:1.25;margin:.25rem 0 .5rem}h2{font-size:1.15rem;margin-block:1.5rem .5rem}
.org{color:var(--muted);margin:0}.badges{display:flex;gap:.5rem;flex-wrap:wrap;margin:.75rem 0}
.badge{display:inline-block;border:1px solid var(--accent);color:var(--accent);border-radius:999px;padding:.1rem .7rem;font-size:.85rem;font-weight:600}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1rem;margin:0}dt{color:var(--muted)}dd{margin:0}
ul.skills{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem}ul.skills li{background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:.1rem .5rem}
.small{color:var(--muted);font-size:.9rem}.apply{display:inline-block;background:var(--accent);color:#fff;padding:.6rem 1.2rem;border-radius:8px;text-decoration:none;font-weight:600;margin-block:1rem}
.description{border-block-start:1px solid var(--line);margin-block-start:1.5rem}
`;

function money(amount: number, currency: string, locale: PageLocale): string {
  return new Intl.NumberFormat(locale === 'ar' ? 'ar-AE' : 'en-GB', {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  }).format(amount);
}

const longDate = (day: string, locale: PageLocale) =>
  new Intl.DateTimeFormat(locale === 'ar' ? 'ar-AE' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

const countryName = (code: string, locale: PageLocale) =>
  new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;

function shell(locale: PageLocale, title: string, head: string, body: string, path: string): string {
  const t = labels[locale];
  const other = locale === 'ar' ? 'en' : 'ar';
  return `<!doctype html>
<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · AI Talent Hub</title>
<style>${STYLE}</style>
${head}
</head>
<body>
<header><a href="/">AI Talent Hub</a><nav><a href="/jobs">${t.all}</a> · <a href="${escapeHtml(path)}?lang=${other}" lang="${other}">${t.switchTo}</a></nav></header>
<main>${body}</main>
</body>
</html>`;
}

/** The page of one live position, with its JSON-LD. */
export function renderJobPage(view: PositionView, baseUrl: string, locale: PageLocale): string {
  const t = labels[locale];
  const e = (s: string) => escapeHtml(s);
  // JSON inside <script> must not be able to close the element: escape "<" as \u003c.
  const jsonLd = JSON.stringify(jobPostingJsonLd(view, baseUrl)).replace(/</g, '\\u003c');
  const band = view.salary;
  const period = band.period === 'year' ? t.perYear : t.perMonth;
  const usd = view.salaryUsd;
  const rateLine =
    band.currency === 'USD'
      ? ''
      : `<p class="small">${t.approx} ${money(usd.min, 'USD', locale)} – ${money(usd.max, 'USD', locale)} ${t.perYear}, ${e(
          t.rateNote(String(usd.rate), usd.rateDate, usd.source === 'peg' ? t.peg : t.table),
        )}</p>`;
  const pack = view.package;
  const packRows = (['housing', 'transport', 'annualFlights', 'education', 'other'] as const)
    .filter((k) => pack[k] > 0)
    .map((k) => `<dt>${t[k]}</dt><dd>${money(pack[k], band.currency, locale)}</dd>`)
    .join('');
  const places = view.locations
    .map((l) => e([l.city, countryName(l.country, locale)].filter(Boolean).join(', ')))
    .join(' · ');
  const skills = (list: Array<{ name: string; minProficiency?: number }>) =>
    `<ul class="skills">${list
      .map(
        (s) =>
          `<li>${e(s.name)}${s.minProficiency ? ` <span class="small">(${t.minLevel} ${s.minProficiency}/5)</span>` : ''}</li>`,
      )
      .join('')}</ul>`;
  const body = `
<p class="org">${e(view.organisation.name)}</p>
<h1>${e(view.title)}</h1>
<div class="badges">
${view.badges.verifiedEmployer ? `<span class="badge">✓ ${t.verifiedEmployer}</span>` : ''}
${view.badges.verifiedFunded ? `<span class="badge">✓ ${t.verifiedFunded}</span>` : ''}
</div>
<dl>
<dt>${t.salary}</dt><dd><strong>${money(band.min, band.currency, locale)} – ${money(band.max, band.currency, locale)}</strong> ${period}</dd>
<dt>${t.where}</dt><dd>${places} · ${t[view.workplace]}</dd>
${view.workplace === 'remote' && view.remoteCountries.length ? `<dt>${t.remoteFrom}</dt><dd>${e(view.remoteCountries.map((c) => countryName(c, locale)).join(locale === 'ar' ? '، ' : ', '))}</dd>` : ''}
<dt>${t.details}</dt><dd>${t.level[view.level]} · ${t.employmentTypes[view.employmentType]}</dd>
<dt>${t.headcount}</dt><dd>${view.headcount}</dd>
<dt>${t.visa}</dt><dd>${view.visaSponsorship ? t.yes : t.no}</dd>
<dt>${t.relocation}</dt><dd>${view.relocationSupport ? t.yes : t.no}</dd>
<dt>${t.validThrough}</dt><dd><time datetime="${e(view.validThrough)}">${e(longDate(view.validThrough, locale))}</time></dd>
</dl>
${rateLine}
${packRows || pack.taxFree ? `<h2>${t.package}</h2><dl>${packRows}${pack.taxFree ? `<dt>${t.taxFree}</dt><dd>${t.yes}</dd>` : ''}</dl>` : ''}
${view.requiredSkills.length ? `<h2>${t.required}</h2>${skills(view.requiredSkills)}` : ''}
${view.niceToHaveSkills.length ? `<h2>${t.nice}</h2>${skills(view.niceToHaveSkills)}` : ''}
<a class="apply" href="/sign-in?next=${encodeURIComponent(`/jobs/${view.slug}`)}">${t.apply}</a>
<section class="description">${view.descriptionHtml}</section>`;
  const head = `<link rel="canonical" href="${e(`${baseUrl}/jobs/${view.slug}`)}">
<meta name="description" content="${e(`${view.title} · ${view.organisation.name}`)}">
<script type="application/ld+json">${jsonLd}</script>`;
  return shell(locale, view.title, head, body, `/jobs/${view.slug}`);
}

/** The page for a slug that is not (or no longer) a live position. */
export function renderJobNotFound(locale: PageLocale, path: string): string {
  const t = labels[locale];
  return shell(
    locale,
    t.notFound,
    '<meta name="robots" content="noindex">',
    `<h1>${t.notFound}</h1><p>${t.notFoundText}</p><a class="apply" href="/jobs">${t.all}</a>`,
    path,
  );
}
