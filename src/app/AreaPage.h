#pragma once

// What the main window asks of the page of each of its areas (Verify, History, Inspector,
// Console, Settings), whichever area it is.
class AreaPage
{
public:
    virtual ~AreaPage() = default;

    // Gives the keyboard to the page's main control: the page is shown and nothing on it had
    // the keyboard before.
    virtual void focusMainControl() = 0;
};
