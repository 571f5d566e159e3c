// A hand-written class in the output folder, which the plugin must never touch.
def pkg = new File(basedir, 'target/generated-sources/xmsgen/com/example/tiny')
pkg.mkdirs()
new File(pkg, 'Handwritten.java').text =
    'package com.example.tiny;\n\n/** Written by hand, beside the generated classes. */\npublic class Handwritten {}\n'
return true
