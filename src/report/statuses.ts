// What each status means to a person, in one table: its icon, its one-line meaning, how a heading
// names dependencies in it, and what to do about one. Every reporter reads it, so a new status is
// one entry here (and its rank in verdict.ts), and the outputs cannot drift apart.

import type { Status, Verdict } from '../types.js';
import { statusRank } from '../verdict.js';
import { normalizeName } from '../python/names.js';

/**
 * One next step, in parts: our own words (plain text written to be safe as Markdown too) and the
 * untrusted values they name (a package, a path, a pin), which each output shows as code.
 */
export type Step = Array<string | { code: string }>;

export interface StatusText {
  icon: string;
  /** One line: what the status means. */
  meaning: string;
  /** "fails"/"fail" heading noun phrase: `2 suspicious dependencies`. */
  noun: string;
  /** Listed in reports (wheels and skipped ones are only counted). */
  listed: boolean;
  /** Its colour on a terminal. */
  color: 'red' | 'yellow' | 'cyan' | 'none';
  /** The next steps for one dependency with this status. */
  remedy(v: Verdict): Step[];
}

function pinSteps(v: Verdict): Step[] {
  const pin = v.wheelPin;
  if (!pin) return [['Pin a version that publishes wheels for every target, or accept the build with an allow entry once its code is reviewed.']];
  if ('version' in pin)
    return [
      ['Pin ', { code: `${v.name}==${pin.version}` }, ': the newest version with wheels for every target, so pip runs no package code.'],
      ['Or accept the build with an allow entry in the configuration once its code is reviewed.'],
    ];
  if (pin.missing.length === 0)
    return [['No one version has wheels for every target: pin per target with markers, or accept the build with an allow entry once its code is reviewed.']];
  return [['No version has wheels for ', { code: pin.missing.join(', ') }, ': review its build code and accept it with an allow entry, or replace the dependency.']];
}

function removeStep(v: Verdict): Step {
  const where = v.sources[0] ? `${v.sources[0].path}:${v.sources[0].line}` : '';
  const step: Step = ['Do not merge or install it. Remove ', { code: v.name }];
  if (where) step.push(' from ', { code: where });
  if (v.via && v.via.length > 1) step.push(' (or the dependency that pulls it in, ', { code: v.via[0] }, ')');
  step.push('.');
  return step;
}

export const STATUS: Record<Status, StatusText> = {
  wheel: { icon: '✅', meaning: 'a wheel fits every target: pip runs no package code', noun: 'wheel', listed: false, color: 'none', remedy: () => [] },
  sdist: {
    icon: '📦',
    meaning: 'pip would build it from source; its build code shows nothing suspicious',
    noun: 'built from source',
    listed: true,
    color: 'cyan',
    remedy: pinSteps,
  },
  suspicious: {
    icon: '🛑',
    meaning: 'its build code does something malware does',
    noun: 'suspicious',
    listed: true,
    color: 'red',
    remedy: (v) => [
      removeStep(v),
      ['If it was ever installed or downloaded anywhere (a laptop, a CI runner), treat that machine\u2019s secrets as stolen: rotate its tokens, keys and passwords.'],
      ['Report it to the index (on PyPI, "Report project as malware" on ', { code: `https://pypi.org/project/${normalizeName(v.name)}/` }, ').'],
    ],
  },
  malicious: {
    icon: '☠️',
    meaning: 'a known-malware advisory names the version pip would install',
    noun: 'malicious',
    listed: true,
    color: 'red',
    remedy: (v) => [
      removeStep(v),
      ['If it was ever installed or downloaded anywhere (a laptop, a CI runner), treat that machine\u2019s secrets as stolen: rotate its tokens, keys and passwords, and review what they gave access to.'],
      ...((v.advisories ?? []).length > 0 ? [['Advisories: ', { code: [...new Set((v.advisories ?? []).map((a) => a.id))].join(', ') }, '.'] as Step] : []),
    ],
  },
  unresolved: {
    icon: '⚠️',
    meaning: 'could not be checked: treat as unsafe',
    noun: 'unresolved',
    listed: true,
    color: 'yellow',
    remedy: (v) => [
      ...(v.limits.length > 0 && v.targets.some((t) => t.kind === 'sdist')
        ? [['Its sdist could not be read in full within a limit: pin a version with wheels, or, if the file is legitimate, raise that limit with `SDIST_GUARD_LIMITS`.'] as Step]
        : []),
      ...(v.wheelPin && 'version' in v.wheelPin ? [['A version with wheels for every target exists: ', { code: `${v.name}==${v.wheelPin.version}` }, '.'] as Step] : []),
      [
        'Check the index URL (`index-url`, `extra-index-urls`, a requirements file\u2019s `--index-url`), the credentials for it (`index-credentials`, `SDIST_GUARD_INDEX_CREDENTIALS`), and whether a lock was made against another index; then run again.',
      ],
    ],
  },
  skipped: { icon: '➖', meaning: 'markers exclude every target', noun: 'skipped', listed: false, color: 'none', remedy: () => [] },
};

/** A step as plain text, values as they are: for the terminal and annotations to escape. */
export function stepPlain(step: Step): string {
  // our words mark option names as Markdown code; in plain text the backticks go
  return step.map((p) => (typeof p === 'string' ? p.replace(/`/g, '') : p.code)).join('');
}

/** Statuses a person must look at even when they do not gate (a report-only run comments on them). */
export function needsAttention(v: Verdict): boolean {
  return statusRank(v.status) >= statusRank('unresolved');
}

/** Statuses worst first, as the reports list them. */
export const STATUS_ORDER: Status[] = (Object.keys(STATUS) as Status[]).sort((a, b) => statusRank(b) - statusRank(a));

export function listed(v: Verdict): boolean {
  return STATUS[v.status].listed;
}
