#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace fd {

// What the person at the keyboard changes in a form: typing in any of its text fields (line edits,
// the text of editable combo and spin boxes, plain-text notes), picking from a list, ticking a box or
// a radio button. Changes made by the program (clearing after a save, loading a record) do not count.
// A form uses it to take away a line such as "Saved as …" that was about the record before.
class FormEdits
{
public:
    // Calls onEdit (in context) whenever the user changes something in form.
    static void watch(QWidget* form, QObject* context, std::function<void()> onEdit);
};

} // namespace fd
