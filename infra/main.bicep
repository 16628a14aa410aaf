// Målbot in one resource group: a Flex Consumption Function App (Node), its storage, Cosmos DB
// (serverless), an Azure Bot with the Teams channel, Application Insights on Log Analytics, and one
// user-assigned managed identity that every data-plane role is granted to. No account keys anywhere.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; used for the resource token and the azd-env-name tag.')
param environmentName string

@minLength(1)
@description('Primary location for all resources (must offer Flex Consumption).')
@metadata({ azd: { type: 'location' } })
param location string

@description('Object id of the deploying user, granted data access for first-run seeding. Empty to skip.')
param principalId string = ''

@description('Slug of the municipality this deployment serves, e.g. aabenraa.')
param homeOrg string = 'aabenraa'

param cosmosDatabaseName string = 'maalbot'

@description('Client id of the Entra app registration that signs callers in to the REST API; empty to set up later.')
param apiAuthClientId string = ''

@description('Teams conversation id (e.g. a team channel) new proposals are posted to for review. Empty: the reviewers\' personal chats.')
param reviewConversationId string = ''

@description('Comma-separated Teams user ids or Entra object ids of the proposal reviewers.')
param reviewerIds string = ''

@description('Comma-separated Entra object ids of admins (subscriptions, settings, every role).')
param adminIds string = ''

@description('Comma-separated Entra object ids of editors (figures, KPIs, cases).')
param editorIds string = ''

@description('Comma-separated Entra object ids of readers. Empty: every signed-in user of the tenant reads.')
param readerIds string = ''

@description('Users of other organisations than homeOrg, as org:id,id;org:id. Empty: everyone belongs to homeOrg.')
param orgMembers string = ''

@description('Comma-separated Entra tenant ids the bot serves. Empty: this deployment\'s own tenant only.')
param allowedTenantIds string = ''

@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('Key Vault secret URI of the Jobindsats API key (https://<vault>.vault.azure.net/secrets/<name>); empty: figures are not fetched from Jobindsats. The identity needs "Key Vault Secrets User" on the vault.')
param jobindsatsTokenSecretUri string = ''

var abbrs = loadJsonContent('./abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var functionAppName = '${abbrs.webSitesFunctions}api-${resourceToken}'

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: '${abbrs.managedIdentityUserAssignedIdentities}api-${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: '${abbrs.insightsComponents}${resourceToken}'
    location: location
    tags: tags
  }
}

module db 'app/db.bicep' = {
  name: 'db'
  scope: rg
  params: {
    accountName: '${abbrs.documentDBDatabaseAccounts}${resourceToken}'
    databaseName: cosmosDatabaseName
    location: location
    tags: tags
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: '${abbrs.storageStorageAccounts}${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: 'app-package-${take(functionAppName, 32)}'
  }
}

// Roles first: the site is created with its deployment storage and host storage reached through the
// identity, so the identity must already hold its storage roles or the first `azd up` fails at deploy.
module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    identityPrincipalId: identity.outputs.principalId
    userPrincipalId: principalId
    storageAccountName: storage.outputs.name
    cosmosAccountName: db.outputs.accountName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
  }
}

module api 'app/api.bicep' = {
  name: 'api'
  scope: rg
  dependsOn: [rbac]
  params: {
    name: functionAppName
    planName: '${abbrs.webServerFarms}${resourceToken}'
    storage: {
      blobEndpoint: storage.outputs.blobEndpoint
      queueEndpoint: storage.outputs.queueEndpoint
      tableEndpoint: storage.outputs.tableEndpoint
      deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    }
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    apiAuthClientId: apiAuthClientId
    appSettings: {
      MAALBOT_MODE: 'azure'
      HOME_ORG: homeOrg
      COSMOS_ENDPOINT: db.outputs.endpoint
      COSMOS_DATABASE: cosmosDatabaseName
      AZURE_CLIENT_ID: identity.outputs.clientId
      MicrosoftAppId: identity.outputs.clientId
      MicrosoftAppType: 'UserAssignedMSI'
      MicrosoftAppTenantId: tenant().tenantId
      REVIEW_CONVERSATION_ID: reviewConversationId
      REVIEWER_IDS: reviewerIds
      MAALBOT_ADMINS: adminIds
      MAALBOT_EDITORS: editorIds
      MAALBOT_READERS: readerIds
      MAALBOT_ORG_MEMBERS: orgMembers
      ALLOWED_TENANT_IDS: empty(allowedTenantIds) ? tenant().tenantId : allowedTenantIds
      BOT_SEND_TIMEOUT_MS: '15000'
      BOT_TURN_TIMEOUT_MS: '10000'
      BOT_AUTH_TIMEOUT_MS: '5000'
      JOBINDSATS_URL: 'https://api.jobindsats.dk/v2'
      // A Key Vault reference, not the key: the platform resolves it with the app's identity.
      JOBINDSATS_TOKEN: empty(jobindsatsTokenSecretUri) ? '' : '@Microsoft.KeyVault(SecretUri=${jobindsatsTokenSecretUri})'
    }
  }
}

module bot 'app/bot.bicep' = {
  name: 'bot'
  scope: rg
  params: {
    name: '${abbrs.botServicesBots}${resourceToken}'
    sku: botSku
    tags: tags
    endpoint: 'https://${api.outputs.defaultHostName}/api/messages'
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tenantId: tenant().tenantId
    applicationInsightsName: monitoring.outputs.applicationInsightsName
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output RESOURCE_GROUP string = rg.name
output SERVICE_API_NAME string = api.outputs.name
output SERVICE_API_HOSTNAME string = api.outputs.defaultHostName
output BOT_APP_ID string = identity.outputs.clientId
output COSMOS_ENDPOINT string = db.outputs.endpoint
output COSMOS_DATABASE string = cosmosDatabaseName
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
