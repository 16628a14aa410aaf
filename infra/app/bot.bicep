// The Azure Bot registration, using the app's user-assigned managed identity as its Microsoft App ID
// (no client secret to rotate), with the Microsoft Teams channel enabled.
param name string
param sku string
param tags object
param endpoint string
param identityId string
param identityClientId string
param tenantId string
param applicationInsightsName string

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: { name: sku }
  properties: {
    displayName: 'Målbot'
    description: 'Målbot: tal, mål og forslag for jobcentret'
    endpoint: endpoint
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityId
    msaAppTenantId: tenantId
    developerAppInsightsApplicationId: applicationInsights.properties.AppId
    disableLocalAuth: true
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

output name string = bot.name
