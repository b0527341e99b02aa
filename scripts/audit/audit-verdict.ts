/** What `npm audit --json` prints: a report (npm 7+, auditReportVersion 2), or an error from the registry. */
interface AuditReport {
  auditReportVersion?: number;
  message?: string;
  vulnerabilities?: Record<string, { name: string; severity: string; range: string; via: (string | { title: string })[] }>;
  metadata?: { vulnerabilities: Record<'critical' | 'high' | 'moderate' | 'low', number> };
}

export interface AuditVerdict {
  exitCode: 0 | 1;
  lines: string[];
}

/**
 * The dependency audit's verdict on npm's output: failed on any high or critical advisory, clean
 * otherwise; "not checked" (with the reason, and exit 0) when npm could not get a report, so an
 * unreachable endpoint is never reported as clean dependencies.
 */
export function auditVerdict(output: string): AuditVerdict {
  let report: AuditReport | undefined;
  try {
    report = JSON.parse(output) as AuditReport;
  } catch {
    report = undefined;
  }
  if (report?.auditReportVersion === undefined || !report.vulnerabilities || !report.metadata) {
    const reason = report?.message ?? (output ? output.slice(0, 200) : 'no answer within the time allowed');
    return { exitCode: 0, lines: [`audit:deps not checked: the registry audit endpoint could not be used (${reason})`] };
  }
  const severe = Object.values(report.vulnerabilities).filter((v) => v.severity === 'high' || v.severity === 'critical');
  const counts = report.metadata.vulnerabilities;
  return {
    exitCode: severe.length === 0 ? 0 : 1,
    lines: [
      ...severe.map((v) => `${v.severity}: ${v.name} ${v.range} (${v.via.map((via) => (typeof via === 'string' ? via : via.title)).join('; ')})`),
      `audit:deps ${severe.length === 0 ? 'clean' : 'FAILED'}: critical=${counts.critical} high=${counts.high} moderate=${counts.moderate} low=${counts.low}`,
    ],
  };
}
