import { languageFolderData } from '../../src/content/directory-data';

export default languageFolderData('en');
