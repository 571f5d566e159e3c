// The README's snippet is pasted into an empty project that has the sample spec in specs/: copied
// here from the repository's specs/keyvault/ (this project runs in maven-plugin/target/it/).
def sample = new File(basedir, '../../../../specs/keyvault')
def specs = new File(basedir, 'specs')
specs.mkdirs()
['keyvault.json', 'common.json'].each { name ->
  new File(specs, name).bytes = new File(sample, name).bytes
}
return true
