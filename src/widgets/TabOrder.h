#pragma once

class QWidget;

namespace fd {

// Tab order for forms laid out in Designer files that hold a field made in code (a unit picker,
// a list that needs a service): made after setupUi(), its fields would come last on Tab.
class TabOrder
{
public:
    // Puts every field inside `block` (in their order) right after `after` and whatever it holds
    // (a spin box's or editable combo box's text field); the fields that followed `after` follow
    // `block` then. Works for containers that take no focus themselves (QWidget::setTabOrder leaves
    // them where they are), also when they pass the focus on to a field inside (a focus proxy).
    static void placeAfter(QWidget* after, QWidget* block);
};

} // namespace fd
