// The diff goal logs each change with its Java symbol, fails on the breaking ones, writes the
// Markdown report, and passes once the accept file lists them.
def log = new File(basedir, 'build.log').text

def first = log.indexOf('[WARNING] xmsgen: breaking [property-removed] com.example.tiny.models.Vault#getEnableSoftDelete(): ')
assert first >= 0
def failed = log.indexOf('xmsgen: API changes reach failOn breaking: 2 breaking change(s) not accepted')
assert failed > first
def accepted = log.indexOf('[INFO] xmsgen: breaking [property-removed] com.example.tiny.models.VaultProperties#getEnableSoftDelete(): ', failed)
assert accepted > failed : 'the second build lists the change as accepted, not as a warning'
assert log.indexOf('(accepted: soft delete is always on now)', accepted) > accepted
assert log.indexOf('xmsgen: API diff: 2 breaking, 0 other changes (2 accepted)', failed) > failed

def report = new File(basedir, 'target/xmsgen-api-diff.md').text
assert report.contains('### Breaking changes')
assert report.contains('- `com.example.tiny.models.Vault#getEnableSoftDelete()` property-removed: ')
assert report.contains('accepted: soft delete is always on now')
return true
