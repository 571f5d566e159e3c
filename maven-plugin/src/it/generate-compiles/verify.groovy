// A first build generates from the spec folder (leaving examples/ out), compiles, writes the
// report and the reference pages; the help goal describes the plugin.
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/generated-sources/xmsgen')
def pkg = new File(out, 'com/example/tiny/models')

assert log.contains('xmsgen: generated target/generated-sources/xmsgen because there is no previous state: ')

def vault = new File(pkg, 'Vault.java').text
assert vault.contains('class Vault extends Resource')
assert vault.contains('getTenantId()') : 'the flattened properties are exposed on Vault'
assert new File(pkg, 'Resource.java').isFile()
assert new File(pkg, 'SkuName.java').text.contains('PREMIUM')
assert new File(basedir, 'target/classes/com/example/tiny/models/Vault.class').isFile()
def client = new File(out, 'com/example/tiny').listFiles().find { it.isFile() && it.text.contains('UserAgent.clientToken(') }
assert client != null : 'a service client is generated'
assert client.text.contains('.class, "1.0")') : 'the User-Agent names the project version 1.0'

def state = new File(out, '.xmsgen/state.json').text
assert state.contains('tiny.json')
assert !state.contains('Vaults_Get.json') : 'examples are not specs'

def report = new File(basedir, 'target/xmsgen-report.json').text
assert report.contains('"schema": "tiny.json#/definitions/Vault"')
assert report.contains('"javaType": "com.example.tiny.models.Vault"')
assert report.contains('"jsonMapper": "dev.xmsgen.runtime.Json#mapper"')

def docs = new File(basedir, 'target/xmsgen-docs')
assert log.contains('xmsgen: generated target/xmsgen-docs because there is no previous state: ')
assert new File(docs, 'index.md').text.startsWith('# ')
def pages = docs.listFiles().findAll { it.name.endsWith('.md') && it.name != 'index.md' }
assert pages.any { it.text.contains('vaults().get(') } : 'a page lists Vaults_Get as the client calls it'

assert log.contains('xmsgen:generate')
assert log.contains('Generates Java models, enums and clients')
return true
