// Wording for service-guide time limits and visits, shared by the list and the guide page.

/** 0 working days means the matter is settled on the spot. */
export function describeDays(days: number): string {
  return days === 0 ? '即时办结' : `${days} 个工作日`;
}

export function describeVisits(visits: number): string {
  return visits === 0 ? '0 次（全程网办）' : `${visits} 次`;
}
