// The Function App on Flex Consumption (Linux, Node 22). Its storage (storage.bicep) is reached through the
// managed identity, whose roles main.bicep assigns before this module runs, and so is Application Insights.
param name string
param planName string
@description('From storage.bicep: the blob, queue and table endpoints and the deployment container URL.')
param storage object
param location string
param tags object
param identityId string
param identityClientId string
param applicationInsightsConnectionString string
@description('Application settings from main.bicep; test/infra checks they cover functions/config.ts.')
param appSettings object
@description('Client id of an Entra app registration for the REST API. Set: App Service authentication is configured so signed-in callers reach the app as x-ms-client-principal. Empty: configure it later (README).')
param apiAuthClientId string = ''
param maximumInstanceCount int = 40
param instanceMemoryMB int = 2048
// Optional, off by default: HTTP instances kept started so the first request after a quiet spell (the bot's
// first message of the morning) does not wait for a cold start (README: Performance). The cost: each one
// is billed for its memory (instanceMemoryMB) every second it is kept ready, used or not, around the
// clock, on top of the executions. 1 is enough for this bot's traffic.
@description('Always-ready instances for the HTTP functions (Flex Consumption "http" group); 0 = none, scale from zero')
param alwaysReadyHttpInstances int = 0

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { tier: 'FlexConsumption', name: 'FC1' }
  properties: { reserved: true }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references (JOBINDSATS_TOKEN) are resolved with the user-assigned identity.
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: storage.deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
        alwaysReady: alwaysReadyHttpInstances > 0 ? [{ name: 'http', instanceCount: alwaysReadyHttpInstances }] : []
      }
      runtime: { name: 'node', version: '22' }
    }
  }

  resource settings 'config' = {
    name: 'appsettings'
    properties: union(appSettings, {
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: identityClientId
      AzureWebJobsStorage__blobServiceUri: storage.blobEndpoint
      AzureWebJobsStorage__queueServiceUri: storage.queueEndpoint
      AzureWebJobsStorage__tableServiceUri: storage.tableEndpoint
      APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
      // The app is ES modules: OpenTelemetry sees its calls to Cosmos DB and the Bot Connector only when
      // this loader hook is registered before the app loads (functions/telemetry-loader.ts, bundled beside
      // package.json "main"). The host starts the worker in the app's root, so the path is relative to it.
      languageWorkers__node__arguments: '--import ./dist/bundle/telemetry-loader.js'
    })
  }
}

// Sign-in for the REST API. Anonymous requests still reach the app, which answers unsigned REST calls 401.
// Some paths are excluded from App Service authentication altogether: it validates any bearer token it
// sees, and the Bot Connector's token on /api/messages (issued for the bot, not this API) would be
// answered 401 before Målbot could check it; /api/health must answer probes, and the privacy and terms
// pages the Teams manifest links to are public.
resource authentication 'Microsoft.Web/sites/config@2024-04-01' = if (!empty(apiAuthClientId)) {
  parent: functionApp
  name: 'authsettingsV2'
  properties: {
    platform: { enabled: true }
    globalValidation: {
      requireAuthentication: false
      unauthenticatedClientAction: 'AllowAnonymous'
      excludedPaths: ['/api/messages', '/api/health', '/api/privacy', '/api/terms']
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
          clientId: apiAuthClientId
        }
        validation: {
          allowedAudiences: [apiAuthClientId, 'api://${apiAuthClientId}']
        }
      }
    }
    login: { tokenStore: { enabled: false } }
  }
}

output name string = functionApp.name
output defaultHostName string = functionApp.properties.defaultHostName
