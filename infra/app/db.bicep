// Cosmos DB, serverless, with local (key) auth disabled: the app reaches it through its managed identity.
// The containers and partition keys are the ones in functions/store/containers.ts; test/infra checks
// that the two lists agree.
param accountName string
param databaseName string
param location string
param tags object

var containers = [
  { name: 'organisations', partitionKey: '/id' }
  { name: 'cases', partitionKey: '/orgId' }
  { name: 'kpis', partitionKey: '/orgId' }
  { name: 'figures', partitionKey: '/kpiId' }
  { name: 'goals', partitionKey: '/orgId' }
  { name: 'proposals', partitionKey: '/orgId' }
  { name: 'conversations', partitionKey: '/id' }
  { name: 'subscriptions', partitionKey: '/conversationId' }
  { name: 'deliveries', partitionKey: '/subscriptionId' }
  { name: 'milestones', partitionKey: '/audienceId' }
  { name: 'audit', partitionKey: '/entityId' }
  { name: 'reservations', partitionKey: '/scope' }
]

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: accountName
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    locations: [{ locationName: location, failoverPriority: 0, isZoneRedundant: false }]
    capabilities: [{ name: 'EnableServerless' }]
    disableLocalAuth: true
    minimalTlsVersion: 'Tls12'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: { id: databaseName }
  }
}

resource sqlContainers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [
  for c in containers: {
    parent: database
    name: c.name
    properties: {
      resource: {
        id: c.name
        partitionKey: { paths: [c.partitionKey], kind: 'Hash', version: 2 }
        indexingPolicy: { indexingMode: 'consistent', automatic: true }
      }
    }
  }
]

output accountName string = account.name
output endpoint string = account.properties.documentEndpoint
