import { describe, expect, it } from 'vitest';
import { compileRoute, findRoute } from '../../functions/local/routes.js';

describe('route templates', () => {
  const routes = [
    compileRoute('api/kpis/{id}', 'kpi'),
    compileRoute('api/kpis/{id}/figures', 'figures'),
    compileRoute('api/kpis/{id}/figures/{figureId}', 'figure'),
    compileRoute('api/kpis/search', 'search'),
    compileRoute('api/files/{*path}', 'files'),
    compileRoute('api/items/{id:int?}', 'items'),
  ];
  const match = (path: string) => {
    const found = findRoute(routes, path);
    return found && [found.route.target, found.params];
  };

  it.each([
    ['/api/kpis/viborg.unge', ['kpi', { id: 'viborg.unge' }]],
    ['/API/Kpis/viborg.unge/', ['kpi', { id: 'viborg.unge' }]],
    ['/api/kpis/viborg.unge/figures', ['figures', { id: 'viborg.unge' }]],
    ['/api/kpis/a.b/figures/a.b~a~actual~2018-08-31', ['figure', { id: 'a.b', figureId: 'a.b~a~actual~2018-08-31' }]],
    ['/api/kpis/%C3%A5r.x', ['kpi', { id: 'år.x' }]],
    ['/api/kpis/search', ['search', {}]],
    ['/api/files/a/b/c.txt', ['files', { path: 'a/b/c.txt' }]],
    ['/api/items', ['items', {}]],
    ['/api/items/7', ['items', { id: '7' }]],
  ])('%s', (path, expected) => {
    expect(match(path)).toEqual(expected);
  });

  it.each(['/api/kpis', '/api/kpis/a/b', '/kpis/a', '/api/kpis/%E0%A4%A'])('does not match %s', (path) => {
    expect(match(path)).toBeUndefined();
  });
});
