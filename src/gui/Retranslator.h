#pragma once

#include <QString>

class QObject;
class QWidget;

namespace fd {

// Changes the language while FrontDesk runs (issue 11): every text already on screen that came
// from tr() (labels, buttons, group titles, tabs, tooltips, placeholders, menus and actions, combo
// items, list/tree/table widget items and headers) is looked up in the catalog of the language it
// is in and read again in the new one, in every open window; item models are told that their
// headers and data changed so views ask again. Texts that carry values ("3 open", a time) are not
// in any catalog and stay until their page refreshes them: the main window refreshes its pages.
// Date and time edits take the new language's DateTimeText forms.
// Nothing the clerk typed is touched (line edits, text edits, spin boxes keep their contents).
class Retranslator
{
public:
    // Installs `language` and re-translates every top-level widget; returns the language in use.
    static QString switchTo(const QString& language);
    // Re-translates `root` and everything in it from `from` (the language its texts are in now) to
    // the language installed now.
    static void retranslate(QWidget* root, const QString& from);
    // One text: what `text` (in `from`) reads as now, the context chosen by the classes of `where`
    // and its parents; the text itself when it is no translatable text.
    [[nodiscard]] static QString retranslated(const QString& text, const QObject* where, const QString& from);
};

} // namespace fd
