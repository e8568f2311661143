// Digicheck: before the first paint, a page goes to its address in the reader's language: the
// language they chose (remembered on this device), or on a first visit the browser's (English
// when it asks for English before Dutch). An English address opened without a choice stays
// English. The same rules as resolveLocale() in src/lib/i18n/translate.ts; a test checks both.
(function () {
	try {
		var path = location.pathname;
		var english = path === '/en' || path.indexOf('/en/') === 0;
		var stored = localStorage.getItem('digicheck.locale');
		var want = stored === 'nl' || stored === 'en' ? stored : null;
		if (!want) {
			if (english) return;
			want = 'nl';
			var languages = navigator.languages || [navigator.language];
			for (var i = 0; i < languages.length; i++) {
				var language = String(languages[i]).toLowerCase().split('-')[0];
				if (language === 'nl' || language === 'en') {
					want = language;
					break;
				}
			}
		}
		var rest = location.search + location.hash;
		if (want === 'en' && !english) location.replace('/en' + path + rest);
		else if (want === 'nl' && english) location.replace((path.slice(3) || '/') + rest);
	} catch {
		// no storage (a locked-down browser): the page stays in the language of its address
	}
})();
