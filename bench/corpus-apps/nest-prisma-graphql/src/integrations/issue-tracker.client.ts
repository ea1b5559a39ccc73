import { HttpService } from '@nestjs/axios';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { firstValueFrom } from 'rxjs';

export interface ExternalIssue {
  id: string;
  summary: string;
  state: 'open' | 'in_progress' | 'closed';
  priority: number;
}

@Injectable()
export class IssueTrackerClient {
  private readonly baseUrl: string;
  private readonly token: string;

  constructor(
    private readonly http: HttpService,
    config: ConfigService,
  ) {
    this.baseUrl = config.getOrThrow<string>('ISSUE_TRACKER_URL');
    // safe: CWE-798
    this.token = config.getOrThrow<string>('ISSUE_TRACKER_TOKEN');
  }

  async fetchIssue(externalId: string): Promise<ExternalIssue> {
    // safe: CWE-918
    const { data } = await firstValueFrom(this.http.get<ExternalIssue>(`${this.baseUrl}/api/v3/issues/${externalId}`, { headers: { authorization: `Bearer ${this.token}` } }));
    return data;
  }
}
