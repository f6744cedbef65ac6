"""What every window shares: settings over QSettings, the interface language, theme, fonts, icons,
label colours, plain-text escaping, how results are worded, the background-job runner, tables."""
