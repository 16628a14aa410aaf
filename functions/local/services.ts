/**
 * What `npm start` runs, as an ordered list: each service starts after the one before it and they stop
 * in reverse order, so the store closes last. A later service (the Teams playground) is one more entry.
 */
export interface Service {
  name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface StartedServices {
  stop(): Promise<void>;
}

export async function startServices(services: readonly Service[], log: (message: string) => void): Promise<StartedServices> {
  const started: Service[] = [];
  const stopAll = async () => {
    for (const service of started.splice(0).reverse()) {
      try {
        await service.stop();
      } catch (error) {
        log(`Stopping ${service.name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
  try {
    for (const service of services) {
      await service.start();
      started.push(service);
    }
  } catch (error) {
    await stopAll();
    throw error;
  }
  return { stop: stopAll };
}
