import { Controller, Get, Module, type INestApplication } from '@nestjs/common';
import { freePort } from '@concord/testing';
import { Public } from '../http/public.decorator';
import { PlatformModule } from '../platform.module';
import { startService } from '../bootstrap/start-service';
import { reportQueueDepth } from './registry';

@Controller('probe')
class ProbeController {
  @Public()
  @Get(':id')
  get(): { ok: true } {
    return { ok: true };
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

describe('Prometheus metrics (a real HTTP service and its metrics port)', () => {
  let app: INestApplication;
  let apiUrl: string;
  let metricsUrl: string;
  let stopReporting: () => void;

  beforeAll(async () => {
    const [port, metricsPort] = [await freePort(), await freePort()];
    app = await startService({
      rootModule: { module: ProbeModule, imports: [PlatformModule.forRoot({ service: 'metrics-probe', logLevel: 'silent', metricsPort })] },
      port,
    });
    apiUrl = `http://127.0.0.1:${port}`;
    metricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
    stopReporting = reportQueueDepth('probe-queue', () => Promise.resolve({ waiting: 3, delayed: 1 }));
  });

  afterAll(async () => {
    stopReporting();
    await app.close();
  });

  it('counts requests by route pattern, not by raw path, and serves them with Node’s own metrics on the metrics port only', async () => {
    for (const id of ['a', 'b', 'c']) expect((await fetch(`${apiUrl}/probe/${id}`)).status).toBe(200);
    const scrape = await fetch(metricsUrl);
    expect(scrape.status).toBe(200);
    const text = await scrape.text();
    expect(text).toContain('concord_http_request_duration_seconds_count{service="metrics-probe",method="GET",route="/probe/:id",status="200"} 3');
    expect(text).not.toContain('/probe/a');
    expect(text).toContain('concord_process_cpu_user_seconds_total');
    expect(text).toContain('concord_queue_jobs{queue="probe-queue",state="waiting",service="metrics-probe"} 3');
    // The API port does not serve them: metrics are for the scraper, and the console's API is public.
    expect((await fetch(`${apiUrl}/metrics`)).status).toBe(404);
  });
});
