param logAnalyticsName string
param applicationInsightsName string
param location string
param tags object

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
    // Telemetry is accepted only from Entra identities (the app's managed identity), not from the bare key.
    DisableLocalAuth: true
  }
}

output applicationInsightsName string = applicationInsights.name
// The connection string (not the resource name) is what the app's OpenTelemetry exporter needs.
output connectionString string = applicationInsights.properties.ConnectionString
