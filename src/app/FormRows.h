#pragma once

class QFormLayout;
class QWidget;

// Shows and hides whole rows of a QFormLayout in a way Qt 6.4 lays out correctly.
//
// Qt 6.4's QFormLayout skips a row whose widgets are all hidden (by setRowVisible() or widget by
// widget alike) but keeps the row index it gave them when they were shown, and heightForWidth()
// and setGeometry() then write that stale index into a table sized for the rows now shown: past
// its end once fewer rows are shown. A hidden row is therefore taken out of the form and put back
// at its place when shown again, so the form never holds a row with nothing shown in it.
namespace FormRows {

// Shows or hides the row of form that holds widget (as its label or field); the row's label and
// field must be widgets. Hidden rows keep their place among the rows for when they come back.
void setRowShown(QFormLayout *form, QWidget *widget, bool shown);

// The form in which widget is a row on its own (no label beside it), or null.
QFormLayout *formWhereAlone(QWidget *widget);

// Shows or hides widget; where it is a form's row on its own, as that row (setRowShown()).
void setShown(QWidget *widget, bool shown);

} // namespace FormRows
