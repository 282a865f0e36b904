# {{jreleaserCreationStamp}}
# The five netbasics tools from one archive per platform (dist/jreleaser.yml, distribution "netbasics").
class {{brewFormulaName}} < Formula
  desc "{{projectDescription}}"
  homepage "{{projectLinkHomepage}}"
  version "{{projectVersion}}"
  license "{{projectLicense}}"

  {{brewMultiPlatform}}

  TOOLS = %w[static-server socket-chat http-tools ftp-tools url-tools].freeze

  def install
    libexec.install Dir["*"]
    TOOLS.each { |tool| bin.install_symlink libexec/"bin"/tool }
    man1.install Dir[libexec/"share/man/man1/*.1"]
    bash_completion.install Dir[libexec/"share/bash-completion/completions/*"]
  end

  test do
    TOOLS.each do |tool|
      assert_match "#{tool} {{projectVersion}}", shell_output("#{bin}/#{tool} --version")
    end
  end
end
