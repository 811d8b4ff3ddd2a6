import type { TIngestArticleInput } from '@claimledger/contracts';

/** Demo articles written for ClaimLedger: fictional towns, people and figures. */
export const DEMO_ARTICLES: TIngestArticleInput[] = [
  {
    title: 'Riverton council approves budget with record spending on schools',
    publisher: 'The Riverton Ledger',
    url: 'https://riverton-ledger.example/2025/03/budget-approved',
    publishedAt: new Date('2025-03-14T09:00:00Z'),
    format: 'text',
    source: 'demo',
    body: `Riverton council approves budget with record spending on schools

The Riverton city council on Thursday approved a budget of $412 million for the coming year, the largest in the city's history.

Mayor Elena Marsh said the plan puts more money into classrooms than any budget before it. "We are spending 38 percent more on schools than we did five years ago, and we have hired 240 new teachers since September," Marsh said.

Council member David Okafor voted against the budget. "Property taxes have gone up three times since 2021. Families cannot keep paying more for less," he said.

According to the city's finance office, the budget includes about $57 million for road repairs and up to 1,500 new housing units on the former rail yard.

This is the second budget Marsh has passed since she took office in January 2024. Riverton has a population of roughly 180,000 people.`,
  },
  {
    title: 'Harbour bridge turns 50 as traffic hits new high',
    publisher: 'Coastal Daily',
    url: 'https://coastal-daily.example/news/harbour-bridge-50',
    publishedAt: new Date('2025-06-02T07:30:00Z'),
    format: 'text',
    source: 'demo',
    body: `Harbour bridge turns 50 as traffic hits new high

The Port Alder harbour bridge marks its 50th anniversary on Saturday, with the regional transport authority reporting that more than 92,000 vehicles now cross it each day.

The authority's director, Priya Raman, said traffic had nearly doubled since 1995. "When the bridge opened it carried 20,000 cars a day. Last year we counted over 33 million crossings," Raman said at a ceremony on Monday.

Engineers have replaced the bridge's cables twice, most recently in 2019, at a cost of $84 million.

Local historian Tom Becker said the bridge was the third attempt to link the two shores. "Two ferries sank in the 1960s, and people demanded a crossing that would not close in winter," he said.`,
  },
  {
    title: 'Clinic waiting times fall for the first time in a decade, health board says',
    publisher: 'Northfield Courier',
    url: 'https://northfield-courier.example/health/clinic-waiting-times',
    publishedAt: new Date('2025-09-19T12:00:00Z'),
    format: 'text',
    source: 'demo',
    body: `Clinic waiting times fall for the first time in a decade, health board says

Average waiting times at Northfield's public clinics fell to 19 days last month, the first drop in ten years, according to figures published by the regional health board on Friday.

Board chair Samuel Ortiz said the improvement followed the opening of four new clinics this year. "We have seen 12,000 more patients than in 2024, and nearly half of them were seen within a week," Ortiz said.

Opposition health spokesperson Mariam Haddad questioned the figures. "The board is comparing a quiet summer with a record winter. Waiting lists are still 25 percent longer than before the pandemic," she said.

The board estimates that at least 3,000 residents are still waiting more than six months for a specialist appointment.`,
  },
];
