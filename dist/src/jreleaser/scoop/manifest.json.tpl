{
  "homepage": "{{projectLinkHomepage}}",
  "description": "{{projectDescription}}",
  "version": "{{projectVersion}}",
  "license": "{{projectLicense}}",
  "url": "{{distributionUrl}}",
  "hash": "sha256:{{distributionSha256}}",
  "extract_dir": "{{projectName}}-{{projectVersion}}-windows-x86_64",
  "bin": [
    "bin\\static-server.exe",
    "bin\\socket-chat.exe",
    "bin\\http-tools.exe",
    "bin\\ftp-tools.exe",
    "bin\\url-tools.exe"
  ],
  "checkver": {
    "github": "{{repoUrl}}"
  },
  "autoupdate": {
    "url": "{{repoUrl}}/releases/download/v$version/{{projectName}}-$version-windows-x86_64.zip",
    "extract_dir": "{{projectName}}-$version-windows-x86_64"
  }
}
